package net.ocigateway.igc.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Walks the children of one element in schema order. Each call names the next element the schema's
 * {@code xs:sequence} allows; an element that is out of order, unknown or repeated too often is left over and
 * reported by {@link #end()}. Every failure is a {@link CommandRejected} with the validation error.
 */
final class CommandReader {

    private static final Pattern XML_WHITESPACE = Pattern.compile("[ \t\r\n]+");

    private final XmlElement parent;
    private final List<XmlElement> children;
    private int next;

    CommandReader(XmlElement parent) {
        this.parent = parent;
        this.children = parent.children();
    }

    /** A required {@code xs:token} with length limits, whitespace collapsed as the schema does. */
    String token(String name, int minLength, int maxLength) {
        return tokenOf(required(name), minLength, maxLength);
    }

    String optionalToken(String name, int minLength, int maxLength) {
        XmlElement element = optional(name, false);
        return element == null ? null : tokenOf(element, minLength, maxLength);
    }

    List<String> tokens(String name, int minLength, int maxLength, int maxOccurs) {
        List<String> values = new ArrayList<>();
        while (values.size() < maxOccurs && nextIs(name)) {
            values.add(tokenOf(optional(name, false), minLength, maxLength));
        }
        return values;
    }

    Edit<String> nillableToken(String name, int minLength, int maxLength) {
        return nillable(name, element -> tokenOf(element, minLength, maxLength));
    }

    boolean bool(String name) {
        return booleanOf(required(name));
    }

    Boolean optionalBool(String name) {
        XmlElement element = optional(name, false);
        return element == null ? null : booleanOf(element);
    }

    Edit<Integer> nillableInt(String name, int min, int max) {
        return nillable(name, element -> intOf(element, min, max));
    }

    Integer optionalInt(String name, int min, int max) {
        XmlElement element = optional(name, false);
        return element == null ? null : intOf(element, min, max);
    }

    /** A required complex element; read its children with a new reader. */
    XmlElement element(String name) {
        return required(name);
    }

    XmlElement optionalElement(String name) {
        return optional(name, false);
    }

    /** A nillable complex element: {@code null} when absent, the element itself (check {@code nil()}) otherwise. */
    XmlElement optionalNillableElement(String name) {
        return optional(name, true);
    }

    boolean nextIs(String name) {
        return next < children.size() && children.get(next).name().equals(name);
    }

    /** Fails when elements are left over: out of order, unknown, or repeated too often. */
    void end() {
        if (next < children.size()) {
            throw CommandRejected.invalid("unexpected element '" + children.get(next).name() + "' in '" + parent.name()
                    + "' (out of order, unknown or repeated)");
        }
    }

    private XmlElement required(String name) {
        XmlElement element = optional(name, false);
        if (element == null) {
            throw CommandRejected.invalid("element '" + name + "' is required in '" + parent.name() + "'"
                    + (next < children.size() ? " before '" + children.get(next).name() + "'" : ""));
        }
        return element;
    }

    private XmlElement optional(String name, boolean nillable) {
        if (!nextIs(name)) {
            return null;
        }
        XmlElement element = children.get(next++);
        if (element.nil() && !nillable) {
            throw CommandRejected.invalid("element '" + name + "' is not nillable");
        }
        return element;
    }

    private <T> Edit<T> nillable(String name, Function<XmlElement, T> read) {
        XmlElement element = optional(name, true);
        if (element == null) {
            return Edit.keep();
        }
        if (element.nil()) {
            if (!element.text().isBlank() || !element.children().isEmpty()) {
                throw CommandRejected.invalid("nil element '" + name + "' must be empty");
            }
            return Edit.clear();
        }
        return Edit.set(read.apply(element));
    }

    static String tokenOf(XmlElement element, int minLength, int maxLength) {
        if (!element.children().isEmpty()) {
            throw CommandRejected.invalid("element '" + element.name() + "' must hold text, not elements");
        }
        String value = XML_WHITESPACE.matcher(element.text()).replaceAll(" ").strip();
        int length = value.codePointCount(0, value.length());
        if (length < minLength || length > maxLength) {
            throw CommandRejected.invalid("element '" + element.name() + "' must be " + minLength + " to " + maxLength
                    + " characters long, got " + length);
        }
        return value;
    }

    private static boolean booleanOf(XmlElement element) {
        return switch (tokenOf(element, 1, 5)) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw CommandRejected.invalid("element '" + element.name() + "' must be true or false");
        };
    }

    private static int intOf(XmlElement element, int min, int max) {
        String text = tokenOf(element, 1, 12);
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw CommandRejected.invalid("element '" + element.name() + "' must be an integer, got '" + text + "'");
        }
        if (value < min || value > max) {
            throw CommandRejected.invalid("element '" + element.name() + "' must be between " + min + " and " + max
                    + ", got " + value);
        }
        return value;
    }
}
