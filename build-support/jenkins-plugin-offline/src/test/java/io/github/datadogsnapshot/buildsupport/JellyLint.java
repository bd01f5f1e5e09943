package io.github.datadogsnapshot.buildsupport;

import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Checks one Jelly view or help file the way a reviewer would, without Jenkins: well-formed XML, escaping on by
 * default, nothing the Content Security Policy refuses (script elements, {@code on*} handlers, inline styles,
 * {@code javascript:} links), every {@code ${it.x}} (and variables derived from it by {@code j:set} and
 * {@code j:forEach}) naming a getter that exists on the class the view belongs to, every localized text
 * {@code ${%key}} usable as Stapler reads it, and every {@code id} prefixed. Returns the problems found.
 *
 * <p>Localized texts, as Stapler's {@code InternationalizedStringExpression} and Jelly's {@code CompositeExpression}
 * read them:
 * <ul>
 *   <li>{@code ${%Width (pixels)}} is the key {@code "Width "} with the argument expression {@code pixels}: the key
 *       is cut at the first {@code (} and the rest parsed as comma-separated JEXL arguments, so
 *       {@code ${%Text (a, b of c)}} makes the whole view fail to compile. Jelly's expression parser treats quotes
 *       inside {@code ${...}} as the start of a string that may swallow the closing brace. Every character of that
 *       argument syntax ({@value #ARGUMENT_SYNTAX}) is refused inside {@code ${%...}}: this project's views pass no
 *       arguments to texts.</li>
 *   <li>A key without whitespace ({@code ${%graphDef}}) is a plain key: it must have a non-empty property in the
 *       {@code .properties} file next to the view ({@code config.jelly} → {@code config.properties}), or the page
 *       shows the bare key. A key with whitespace is its own English text: Stapler's {@code ResourceBundle.format}
 *       shows the key itself when no property has it, so no property is needed (the views of this project use plain
 *       keys only, the usual Jenkins way; both forms pass this check).</li>
 *   <li>A property text used by a view goes through {@code MessageFormat}: a single {@code '} disappears (write
 *       {@code ''}) and a brace that is not an argument such as {@code {0}} fails at run time.</li>
 * </ul>
 */
final class JellyLint {

    static final String ESCAPE_BY_DEFAULT = "<?jelly escape-by-default='true'?>";
    /** What every {@code id} (and every link to an id of this page) starts with, so none collides with Jenkins' own. */
    static final String ID_PREFIX = "dd-snapshot-";
    /** Characters with a meaning in Stapler's message arguments or Jelly's expression parser. */
    static final String ARGUMENT_SYNTAX = "(),[]{}'\"";
    private static final String JELLY_CORE = "jelly:core";
    private static final String FORM_TAGS = "/lib/form";
    private static final String CREDENTIALS_TAGS = "/lib/credentials";
    private static final String STAPLER_TAGS = "jelly:stapler";
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern CHAIN = Pattern.compile("(?<![\\w.])([A-Za-z_]\\w*)((?:\\.[A-Za-z_]\\w*(?:\\(\\))?)+)");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    private static final Pattern WHOLE_CHAIN = Pattern.compile("\\s*\\$\\{\\s*([A-Za-z_]\\w*(?:\\.[A-Za-z_]\\w*(?:\\(\\))?)*)\\s*}\\s*");

    private JellyLint() {
    }

    /**
     * @param name      the file's name, for messages
     * @param content   the file
     * @param viewClass the class the view belongs to (from its folder), or null for a file outside a class folder
     * @param texts     the properties next to the view ({@code config.properties} for {@code config.jelly}), or null
     *                  when there is no such file
     */
    static List<String> checkJelly(String name, String content, Class<?> viewClass, Properties texts) {
        List<String> problems = new ArrayList<>();
        if (!content.startsWith(ESCAPE_BY_DEFAULT)) {
            problems.add(name + ": does not start with " + ESCAPE_BY_DEFAULT);
        }
        Optional<Document> doc = parse(name, content, problems);
        if (doc.isEmpty()) {
            return problems;
        }
        checkMarkup(name, doc.get().getDocumentElement(), problems);
        Map<String, Type> vars = new HashMap<>();
        if (viewClass != null) {
            vars.put("it", viewClass);
            if (name.endsWith("config.jelly") || name.endsWith("global.jelly")) {
                vars.put("instance", viewClass);
            }
        }
        Texts localized = new Texts(name.replaceFirst("\\.jelly$", ".properties"), texts);
        walkExpressions(name, doc.get().getDocumentElement(), null, vars, viewClass, localized, problems);
        return problems;
    }

    /** The properties next to a view, and how to name them in messages. */
    private record Texts(String fileName, Properties properties) {
    }

    /** A help file: an HTML fragment that must be well-formed and free of scripts; {@code help-x.html} needs a property x. */
    static List<String> checkHelp(String name, String content, Class<?> owner) {
        List<String> problems = new ArrayList<>();
        parse(name, content, problems).ifPresent(doc -> checkMarkup(name, doc.getDocumentElement(), problems));
        Matcher field = Pattern.compile("help-(\\w+)\\.html$").matcher(name);
        if (field.find() && owner != null && getter(owner, field.group(1)).isEmpty()) {
            problems.add(name + ": " + owner.getSimpleName() + " has no property '" + field.group(1) + "'");
        }
        return problems;
    }

    /**
     * A {@code .properties} file that gives one key two values: {@code Properties.load} keeps the last silently, so a
     * text edited in one place may never show, and the plugin build's InjectedTest ({@code testProperties}) fails on it.
     */
    static List<String> checkProperties(String name, String content) {
        List<String> problems = new ArrayList<>();
        Properties duplicates = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                Object old = super.put(key, value);
                if (old != null) {
                    problems.add(name + ": two values for '" + key + "' ('" + old + "' and '" + value + "')");
                }
                return old;
            }
        };
        try {
            duplicates.load(new StringReader(content));
        } catch (IOException | IllegalArgumentException e) {
            problems.add(name + ": cannot be read as properties: " + e.getMessage());
        }
        return problems;
    }

    private static Optional<Document> parse(String name, String content, List<String> problems) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return Optional.of(builder.parse(new InputSource(new StringReader(content))));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            problems.add(name + ": not well-formed XML: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static void checkMarkup(String name, Element element, List<String> problems) {
        if ("script".equalsIgnoreCase(element.getLocalName())) {
            problems.add(name + ": <" + element.getTagName() + "> element (inline script is refused by the CSP)");
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attr = (Attr) attributes.item(i);
            String attrName = attr.getLocalName() == null ? attr.getName() : attr.getLocalName();
            String lower = attrName.toLowerCase(Locale.ROOT);
            if (lower.matches("on[a-z]+")) {
                problems.add(name + ": " + attrName + "= on <" + element.getTagName() + "> (inline handlers are refused by the CSP)");
            }
            if (lower.equals("checkurl") && !element.hasAttribute("checkDependsOn")) {
                problems.add(name + ": checkUrl= without checkDependsOn= on <" + element.getTagName() + "> (the plugin "
                        + "build's InjectedTest refuses it: Jenkins would evaluate the URL as inline JavaScript)");
            }
            if (lower.equals("style")) {
                problems.add(name + ": style= on <" + element.getTagName() + "> (inline styles are refused by the CSP; use the adjunct CSS)");
            }
            if (attr.getValue().trim().toLowerCase(Locale.ROOT).startsWith("javascript:")) {
                problems.add(name + ": javascript: URL in " + attrName + "= on <" + element.getTagName() + ">");
            }
            if (lower.equals("id") && !attr.getValue().startsWith(ID_PREFIX)) {
                problems.add(name + ": id=\"" + attr.getValue() + "\" on <" + element.getTagName() + "> does not start with "
                        + ID_PREFIX + " (it could collide with an id of Jenkins' own page)");
            }
            int fragment = attr.getValue().indexOf('#');
            if (lower.equals("href") && fragment >= 0 && fragment < attr.getValue().length() - 1
                    && !attr.getValue().startsWith(ID_PREFIX, fragment + 1)) {
                problems.add(name + ": href=\"" + attr.getValue() + "\" on <" + element.getTagName()
                        + "> links to an id that does not start with " + ID_PREFIX);
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                checkMarkup(name, e, problems);
            }
        }
    }

    private static void walkExpressions(String name, Element element, String enclosingField, Map<String, Type> vars,
                                        Class<?> viewClass, Texts texts, List<String> problems) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            checkExpressions(name, attributes.item(i).getNodeValue(), vars, texts, problems);
        }
        if (viewClass != null && element.hasAttribute("field")) {
            String field = element.getAttribute("field");
            if (getter(viewClass, field).isEmpty()) {
                problems.add(name + ": field=\"" + field + "\" but " + viewClass.getSimpleName() + " has no getter for it");
            }
        }
        String field = element.hasAttribute("field") ? element.getAttribute("field") : enclosingField;
        checkFillMethod(name, element, field, viewClass, problems);
        checkInclude(name, element, vars, viewClass, problems);
        if (viewClass != null && "validateButton".equals(element.getLocalName()) && element.hasAttribute("method")) {
            String method = "do" + capitalize(element.getAttribute("method"));
            if (!hasMethodHereOrInNested(viewClass, method)) {
                problems.add(name + ": validateButton calls " + method + ", which " + viewClass.getSimpleName()
                        + " and its descriptor do not have");
            }
        }
        bindVariable(name, element, vars, problems);
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                walkExpressions(name, e, field, vars, viewClass, texts, problems);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                checkExpressions(name, child.getNodeValue(), vars, texts, problems);
            }
        }
    }

    /**
     * A drop-down ({@code f:select}, {@code f:combobox}, and {@code c:select}, which wraps {@code f:select}) needs the
     * {@code doFill<Field>Items} method of its field on the descriptor: Jenkins' {@code Descriptor.calcFillSettings},
     * called by the tag while the page renders, throws {@code IllegalStateException} without it, and the whole
     * configuration page fails.
     */
    private static void checkFillMethod(String name, Element element, String field, Class<?> viewClass,
                                        List<String> problems) {
        boolean dropDown = FORM_TAGS.equals(element.getNamespaceURI())
                && ("select".equals(element.getLocalName()) || "combobox".equals(element.getLocalName()))
                || CREDENTIALS_TAGS.equals(element.getNamespaceURI()) && "select".equals(element.getLocalName());
        if (!dropDown || viewClass == null) {
            return;
        }
        if (field == null || field.isEmpty()) {
            problems.add(name + ": <" + element.getTagName() + "> without a field (neither its own nor its f:entry's): "
                    + "Descriptor.calcFillSettings looks for doFillnullItems and fails the page");
            return;
        }
        String method = "doFill" + capitalize(field) + "Items";
        if (!hasMethodHereOrInNested(viewClass, method)) {
            problems.add(name + ": <" + element.getTagName() + "> for field \"" + field + "\" needs " + method + ", which "
                    + viewClass.getSimpleName() + " and its descriptor do not have (Descriptor.calcFillSettings would "
                    + "fail the page)");
        }
    }

    /**
     * {@code st:include page="p.jelly"} (not optional, without {@code from}) of an object of the plugin's own classes
     * needs that view in the object's class or a superclass: Stapler's {@code IncludeTag.doTag} throws
     * {@code JellyTagException("No page found ...")} otherwise, and the page fails. Objects of Jenkins' classes
     * ({@code it="${it.owner}"}, a {@code Run}) are not checked: their views are not on this class path.
     */
    private static void checkInclude(String name, Element element, Map<String, Type> vars, Class<?> viewClass,
                                     List<String> problems) {
        if (!STAPLER_TAGS.equals(element.getNamespaceURI()) || !"include".equals(element.getLocalName())
                || !element.hasAttribute("page") || element.hasAttribute("from")
                || "true".equals(element.getAttribute("optional")) || viewClass == null) {
            return;
        }
        Type type;
        if (element.hasAttribute("it")) {
            Matcher whole = WHOLE_CHAIN.matcher(element.getAttribute("it"));
            type = whole.matches() ? resolve(name, whole.group(1), vars, new ArrayList<>()) : null;
        } else {
            type = vars.get("it");
        }
        Class<?> target = raw(type);
        if (target == null || target.getPackage() == null
                || !target.getPackageName().equals(viewClass.getPackageName())) {
            return;
        }
        String page = element.getAttribute("page");
        for (Class<?> c = target; c != null; c = c.getSuperclass()) {
            String folder = c.getName().replace('.', '/').replace('$', '/') + "/";
            ClassLoader loader = c.getClassLoader() == null ? ClassLoader.getSystemClassLoader() : c.getClassLoader();
            if (loader.getResource(folder + page) != null || loader.getResource(folder + page + ".jelly") != null) {
                return;
            }
        }
        problems.add(name + ": st:include page=\"" + page + "\" but " + target.getSimpleName() + " has no such view "
                + "(Stapler's IncludeTag fails the page with \"No page found\")");
    }

    /** {@code j:set var="x" value="${it.a}"} and {@code j:forEach var="g" items="${x.list}"} give x and g a type. */
    private static void bindVariable(String name, Element element, Map<String, Type> vars, List<String> problems) {
        if (!JELLY_CORE.equals(element.getNamespaceURI()) || !element.hasAttribute("var")) {
            return;
        }
        String var = element.getAttribute("var");
        String source = "set".equals(element.getLocalName()) ? element.getAttribute("value")
                : "forEach".equals(element.getLocalName()) ? element.getAttribute("items") : null;
        Matcher whole = source == null ? null : WHOLE_CHAIN.matcher(source);
        if (whole == null || !whole.matches()) {
            vars.remove(var);
            return;
        }
        Type type = resolve(name, whole.group(1), vars, problems);
        if (type != null && "forEach".equals(element.getLocalName())) {
            type = elementType(type);
        }
        if (type == null) {
            vars.remove(var);
        } else {
            vars.put(var, type);
        }
    }

    private static void checkExpressions(String name, String text, Map<String, Type> vars, Texts texts,
                                         List<String> problems) {
        Matcher expressions = EXPRESSION.matcher(text);
        while (expressions.find()) {
            String expression = expressions.group(1);
            if (expression.startsWith("%")) {
                checkLocalized(name, expression.substring(1), texts, problems);
                continue;
            }
            Matcher chains = CHAIN.matcher(expression);
            while (chains.find()) {
                if (vars.containsKey(chains.group(1))) {
                    resolve(name, chains.group(0), vars, problems);
                }
            }
        }
    }

    /** A localized text {@code ${%key}}: no argument syntax; a plain key needs its property, whose text must format. */
    private static void checkLocalized(String name, String key, Texts texts, List<String> problems) {
        String where = name + ": ${%" + key + "}";
        for (char c : key.toCharArray()) {
            if (ARGUMENT_SYNTAX.indexOf(c) >= 0) {
                problems.add(where + ": '" + c + "' is argument syntax to Stapler (InternationalizedStringExpression "
                        + "cuts the key at '(' and parses the rest as arguments; quotes and brackets confuse Jelly's "
                        + "expression parser); use a plain key with the text in " + texts.fileName());
                return;
            }
        }
        boolean plainKey = key.chars().noneMatch(Character::isWhitespace);
        String value = texts.properties() == null ? null : texts.properties().getProperty(key);
        if (plainKey && (value == null || value.isEmpty())) {
            problems.add(where + ": no property '" + key + "' in " + texts.fileName() + " (the page would show the bare key)");
        }
        if (value != null && !value.isEmpty()) {
            checkMessageFormat(where + ": the text of '" + key + "' in " + texts.fileName(), value, problems);
        }
    }

    private static void checkMessageFormat(String where, String value, List<String> problems) {
        if (LONE_APOSTROPHE.matcher(value).find()) {
            problems.add(where + " has a single ' that MessageFormat drops; write ''");
            return;
        }
        try {
            new MessageFormat(value, Locale.ROOT);
        } catch (IllegalArgumentException e) {
            problems.add(where + " is not a valid MessageFormat pattern: " + e.getMessage());
        }
    }

    /** The type a chain such as {@code it.owner.url} ends in; null, with a problem noted, where a link is missing. */
    private static Type resolve(String name, String chain, Map<String, Type> vars, List<String> problems) {
        String[] parts = chain.split("\\.");
        Type type = vars.get(parts[0]);
        if (type == null) {
            return null;
        }
        for (int i = 1; i < parts.length; i++) {
            Class<?> raw = raw(type);
            if (raw == null || Map.class.isAssignableFrom(raw)) {
                return null;
            }
            String part = parts[i];
            Optional<Method> method = part.endsWith("()")
                    ? publicMethod(raw, m -> m.getName().equals(part.substring(0, part.length() - 2)) && m.getParameterCount() == 0)
                    : getter(raw, part);
            if (method.isEmpty()) {
                problems.add(name + ": ${" + chain + "}: " + raw.getName() + " has no " + (part.endsWith("()") ? "method " : "getter for ")
                        + part);
                return null;
            }
            type = method.get().getGenericReturnType();
        }
        return type;
    }

    static Optional<Method> getter(Class<?> type, String property) {
        String cap = capitalize(property);
        return publicMethod(type, m -> m.getParameterCount() == 0
                && (m.getName().equals("get" + cap) || m.getName().equals("is" + cap) && returnsBoolean(m)));
    }

    private static boolean returnsBoolean(Method m) {
        return m.getReturnType() == boolean.class || m.getReturnType() == Boolean.class;
    }

    private static Optional<Method> publicMethod(Class<?> type, Predicate<Method> wanted) {
        for (Method m : type.getMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && wanted.test(m)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private static boolean hasMethodHereOrInNested(Class<?> type, String method) {
        if (publicMethod(type, m -> m.getName().equals(method)).isPresent()) {
            return true;
        }
        for (Class<?> nested : type.getDeclaredClasses()) {
            if (publicMethod(nested, m -> m.getName().equals(method)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static Type elementType(Type collection) {
        if (collection instanceof ParameterizedType p && Iterable.class.isAssignableFrom(raw(p))) {
            return p.getActualTypeArguments()[0];
        }
        if (collection instanceof GenericArrayType a) {
            return a.getGenericComponentType();
        }
        Class<?> raw = raw(collection);
        return raw != null && raw.isArray() ? raw.getComponentType() : null;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof TypeVariable<?> v) {
            return raw(v.getBounds()[0]);
        }
        if (type instanceof WildcardType w) {
            return raw(w.getUpperBounds()[0]);
        }
        return null;
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
