package hudson.model;

/** Compile-only stand-in of Jenkins' {@code hudson.model.ItemGroup}. */
public interface ItemGroup<T extends Item> extends ModelObject {
}
