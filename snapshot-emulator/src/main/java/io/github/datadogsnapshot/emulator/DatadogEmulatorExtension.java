package io.github.datadogsnapshot.emulator;

import java.util.Objects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a {@link DatadogEmulator} for a JUnit 5 test class: started before all tests, {@link
 * DatadogEmulator#reset() reset} before each test, closed after all tests. Test and lifecycle
 * methods may declare a {@code DatadogEmulator} parameter.
 *
 * <pre>{@code
 * @RegisterExtension
 * static DatadogEmulatorExtension emulator =
 *     new DatadogEmulatorExtension(DatadogEmulator.builder().renderDelay(Duration.ZERO));
 * }</pre>
 *
 * <p>or, with the defaults, {@code @ExtendWith(DatadogEmulatorExtension.class)}. Nested test
 * classes share the emulator of their enclosing class.
 */
public final class DatadogEmulatorExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {

    private final DatadogEmulator.Builder builder;
    private DatadogEmulator emulator;
    private int activeClasses;

    /** An extension running an emulator with the default settings. */
    public DatadogEmulatorExtension() {
        this(DatadogEmulator.builder());
    }

    /** An extension running an emulator built by {@code builder} when the test class starts. */
    public DatadogEmulatorExtension(DatadogEmulator.Builder builder) {
        this.builder = Objects.requireNonNull(builder, "builder");
    }

    /** The running emulator. */
    public synchronized DatadogEmulator get() {
        if (emulator == null) {
            throw new IllegalStateException("the emulator is not running: it starts before all tests of the class, so "
                    + "register DatadogEmulatorExtension in a static field or with @ExtendWith");
        }
        return emulator;
    }

    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        if (activeClasses++ == 0) {
            emulator = builder.build().start();
        }
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (--activeClasses == 0) {
            emulator.close();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        get().reset();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == DatadogEmulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return get();
    }
}
