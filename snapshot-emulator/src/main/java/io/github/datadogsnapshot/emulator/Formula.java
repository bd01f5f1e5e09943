package io.github.datadogsnapshot.emulator;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A formula of {@code POST /api/v2/query/timeseries} as the emulator evaluates it: numbers, query names,
 * {@code + - * /}, unary minus and parentheses (e.g. {@code a*2}, {@code (a - b) / a * 100}). Datadog's formulas also
 * have functions ({@code abs(a)}, {@code top(...)}, {@code timeshift}...): the emulator refuses those, it makes up
 * numbers for tests and does not copy Datadog's grammar. A division by zero, or any term without data, gives no data
 * ({@code NaN}, Datadog's {@code null}).
 */
final class Formula {

    /** A formula the emulator cannot read; the message is the 400 answer's. */
    static final class Invalid extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message);
        }
    }

    private sealed interface Node permits Num, Name, Neg, Op {}

    private record Num(double value) implements Node {}

    private record Name(String name) implements Node {}

    private record Neg(Node operand) implements Node {}

    private record Op(char operator, Node left, Node right) implements Node {}

    private final String text;
    private final Node root;
    private final Set<String> names = new LinkedHashSet<>();
    private int at;

    private Formula(String text) {
        this.text = text;
        this.root = parseSum();
        skipSpaces();
        if (at < text.length()) {
            throw invalid("unexpected '" + text.charAt(at) + "'");
        }
    }

    /**
     * Reads {@code text}.
     *
     * @throws Invalid naming the formula and what is wrong, e.g. a function call or an unknown character
     */
    static Formula parse(String text) {
        if (text == null || text.isBlank()) {
            throw new Invalid("formula must not be empty");
        }
        return new Formula(text.trim());
    }

    /** The query names the formula reads, in order of first use. */
    Set<String> names() {
        return Set.copyOf(names);
    }

    /** The value at one point, given each name's value there ({@code NaN}: no data). */
    double evaluate(Map<String, Double> values) {
        return evaluate(root, values);
    }

    private static double evaluate(Node node, Map<String, Double> values) {
        if (node instanceof Num n) {
            return n.value();
        }
        if (node instanceof Name n) {
            return values.getOrDefault(n.name(), Double.NaN);
        }
        if (node instanceof Neg n) {
            return -evaluate(n.operand(), values);
        }
        Op op = (Op) node;
        return apply(op.operator(), evaluate(op.left(), values), evaluate(op.right(), values));
    }

    private static double apply(char operator, double left, double right) {
        double result = switch (operator) {
            case '+' -> left + right;
            case '-' -> left - right;
            case '*' -> left * right;
            default -> right == 0 ? Double.NaN : left / right;
        };
        return Double.isFinite(result) ? result : Double.NaN;
    }

    private Node parseSum() {
        Node left = parseProduct();
        for (char c = peek(); c == '+' || c == '-'; c = peek()) {
            at++;
            left = new Op(c, left, parseProduct());
        }
        return left;
    }

    private Node parseProduct() {
        Node left = parseFactor();
        for (char c = peek(); c == '*' || c == '/'; c = peek()) {
            at++;
            left = new Op(c, left, parseFactor());
        }
        return left;
    }

    private Node parseFactor() {
        char c = peek();
        if (c == '-') {
            at++;
            return new Neg(parseFactor());
        }
        if (c == '(') {
            at++;
            Node inner = parseSum();
            if (peek() != ')') {
                throw invalid("a '(' is not closed");
            }
            at++;
            return inner;
        }
        int start = at;
        if (Character.isDigit(c) || c == '.') {
            while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
                at++;
            }
            try {
                return new Num(Double.parseDouble(text.substring(start, at)));
            } catch (NumberFormatException e) {
                throw invalid("'" + text.substring(start, at) + "' is not a number");
            }
        }
        if (Character.isLetter(c) || c == '_') {
            while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
                at++;
            }
            String name = text.substring(start, at);
            if (peek() == '(') {
                throw invalid("function '" + name + "(...)' is not supported by the emulator (only + - * /, numbers"
                        + " and query names)");
            }
            names.add(name);
            return new Name(name);
        }
        throw invalid(at >= text.length() ? "it ends too early" : "unexpected '" + c + "'");
    }

    private char peek() {
        skipSpaces();
        return at < text.length() ? text.charAt(at) : '\0';
    }

    private void skipSpaces() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private Invalid invalid(String problem) {
        return new Invalid("Error parsing formula '" + text + "': " + problem);
    }
}
