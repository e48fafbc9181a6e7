package net.ocigateway.igc.settings;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An APIO service user ID rule such as {@code {{group_id}}_igc{{RND_4}}@{{domain}}}, parsed once and then used to
 * generate IDs. Placeholders: {@code {{tenant_id}}}, {@code {{group_id}}}, {@code {{domain}}}, {@code {{name}}},
 * {@code {{RND_n}}} (1 ≤ n ≤ 12), {@code {{phone_number_e164}}}, {@code {{country_code}}},
 * {@code {{national_no_0}}}.
 */
public final class ServiceUserIdRule {

    private static final String OPEN = "{{";
    private static final String CLOSE = "}}";
    private static final Pattern RANDOM = Pattern.compile("RND_(\\d+)");
    private static final int MAX_RANDOM_DIGITS = 12;
    private static final Pattern OUTSIDE_NAME_CHARACTERS = Pattern.compile("[^A-Za-z0-9._-]");

    private final String text;
    private final List<Part> parts;

    private ServiceUserIdRule(String text, List<Part> parts) {
        this.text = text;
        this.parts = List.copyOf(parts);
    }

    /**
     * Parses a rule.
     *
     * @throws IllegalArgumentException naming the placeholder when one is unknown, {@code RND_n} is out of range,
     *     a {@code {{} is not closed, or the rule is empty
     */
    public static ServiceUserIdRule parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the service user ID rule is empty");
        }
        List<Part> parts = new ArrayList<>();
        int position = 0;
        while (position < text.length()) {
            int open = text.indexOf(OPEN, position);
            if (open < 0) {
                parts.add(new Literal(text.substring(position)));
                break;
            }
            if (open > position) {
                parts.add(new Literal(text.substring(position, open)));
            }
            int close = text.indexOf(CLOSE, open + OPEN.length());
            if (close < 0) {
                throw new IllegalArgumentException(
                        "unclosed '{{' at position " + open + " in service user ID rule '" + text + "'");
            }
            parts.add(placeholder(text.substring(open + OPEN.length(), close).strip(), text));
            position = close + CLOSE.length();
        }
        return new ServiceUserIdRule(text, parts);
    }

    /** Whether a value is a rule rather than a literal ID (a template's {@code serviceUserId} may be either). */
    public static boolean isRule(String value) {
        return value != null && value.contains(OPEN);
    }

    /**
     * Generates an ID.
     *
     * @throws MissingRuleValueException when the rule uses a placeholder whose value is {@code null} in the context
     */
    public String generate(IdContext context) {
        StringBuilder id = new StringBuilder();
        for (Part part : parts) {
            id.append(part.render(context, text));
        }
        return id.toString();
    }

    /** Whether two IDs generated from this rule may differ, so regenerating after a clash can help. */
    public boolean usesRandom() {
        return parts.stream().anyMatch(Random.class::isInstance);
    }

    /** Whether the rule needs a phone number, so renaming on a phone change applies. */
    public boolean usesPhoneNumber() {
        return parts.stream().anyMatch(part -> part instanceof Field field && field.phone);
    }

    /** Whether the rule needs the group's default domain, which costs a (cached) BroadWorks lookup. */
    public boolean usesDomain() {
        return parts.contains(Field.DOMAIN);
    }

    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ServiceUserIdRule rule && rule.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }

    private static Part placeholder(String name, String rule) {
        for (Field field : Field.values()) {
            if (field.placeholder.equals(name)) {
                return field;
            }
        }
        Matcher random = RANDOM.matcher(name);
        if (!random.matches()) {
            throw new IllegalArgumentException("unknown placeholder {{" + name + "}} in service user ID rule '" + rule
                    + "'; known: {{tenant_id}}, {{group_id}}, {{domain}}, {{name}}, {{RND_n}}, "
                    + "{{phone_number_e164}}, {{country_code}}, {{national_no_0}}");
        }
        String digits = random.group(1);
        if (digits.length() > 2 || Integer.parseInt(digits) < 1 || Integer.parseInt(digits) > MAX_RANDOM_DIGITS) {
            throw new IllegalArgumentException("placeholder {{" + name + "}} in service user ID rule '" + rule
                    + "' asks for " + digits + " random digits; n must be between 1 and " + MAX_RANDOM_DIGITS);
        }
        return new Random(Integer.parseInt(digits));
    }

    private interface Part {
        String render(IdContext context, String rule);
    }

    private record Literal(String text) implements Part {
        @Override
        public String render(IdContext context, String rule) {
            return text;
        }
    }

    /** {@code digits} random decimal digits, leading zeros kept. */
    private record Random(int digits) implements Part {
        @Override
        public String render(IdContext context, String rule) {
            // IDs are not secrets (every group admin lists them) and clashes are retried, so the fast
            // contention-free generator fits better than SecureRandom, which may block on entropy.
            long value = ThreadLocalRandom.current()
                    .nextLong(BigInteger.TEN.pow(digits).longValueExact());
            return String.format("%0" + digits + "d", value);
        }
    }

    private enum Field implements Part {
        TENANT_ID("tenant_id", false, IdContext::tenantId),
        GROUP_ID("group_id", false, IdContext::groupId),
        DOMAIN("domain", false, IdContext::domain),
        NAME("name", false, context -> context.name() == null
                ? null
                : OUTSIDE_NAME_CHARACTERS.matcher(context.name()).replaceAll("_")),
        PHONE_NUMBER_E164("phone_number_e164", true, context -> context.phone().e164()),
        COUNTRY_CODE("country_code", true, context -> String.valueOf(context.phone().countryCode())),
        NATIONAL_NO_0("national_no_0", true, context -> context.phone().nationalNumber());

        private final String placeholder;
        private final boolean phone;
        private final Function<IdContext, String> value;

        Field(String placeholder, boolean phone, Function<IdContext, String> value) {
            this.placeholder = placeholder;
            this.phone = phone;
            this.value = value;
        }

        @Override
        public String render(IdContext context, String rule) {
            String rendered = phone && context.phone() == null ? null : value.apply(context);
            if (rendered == null) {
                throw new MissingRuleValueException(rule, placeholder, field());
            }
            return rendered;
        }

        private String field() {
            return phone ? "serviceInstanceProfile.phoneNumber"
                    : this == NAME ? "serviceInstanceProfile.name"
                    : "serviceUserId";
        }
    }
}
