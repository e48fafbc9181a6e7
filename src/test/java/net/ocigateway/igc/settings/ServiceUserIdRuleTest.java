package net.ocigateway.igc.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ServiceUserIdRuleTest {

    private static final E164Number BRUSSELS_NUMBER = new E164Number(32, "71112233");
    private static final IdContext CONTEXT =
            new IdContext("ApioSpTest", "ApioGrpTest", "sip.example.be", "Sales Team", BRUSSELS_NUMBER);

    @Test
    void defaultRuleGivesGroupIdFourRandomDigitsAndDomain() {
        String id = ServiceUserIdRule.parse(IgcSettings.DEFAULT_RULE).generate(CONTEXT);

        assertThat(id).matches("ApioGrpTest_igc[0-9]{4}@sip\\.example\\.be");
    }

    @Test
    void tenantGroupAndDomainPlaceholdersAreReplaced() {
        assertThat(ServiceUserIdRule.parse("{{tenant_id}}.{{group_id}}@{{domain}}").generate(CONTEXT))
                .isEqualTo("ApioSpTest.ApioGrpTest@sip.example.be");
    }

    @Test
    void phonePlaceholdersGiveE164CountryCodeAndNationalNumberWithoutTrunkPrefix() {
        ServiceUserIdRule rule =
                ServiceUserIdRule.parse("{{phone_number_e164}}/{{country_code}}/{{national_no_0}}@{{domain}}");

        assertThat(rule.generate(CONTEXT)).isEqualTo("+3271112233/32/71112233@sip.example.be");
    }

    @Test
    void nameKeepsLettersDigitsDotsUnderscoresAndDashesAndReplacesTheRest() {
        IdContext context = new IdContext("t", "g", "d", "Équipe de vente #1 (a.b_c-d) 🚀", null);

        assertThat(ServiceUserIdRule.parse("{{name}}@{{domain}}").generate(context))
                .isEqualTo("_quipe_de_vente__1__a.b_c-d___@d");
    }

    @Test
    void randomPlaceholderGivesExactlyThatManyDigits() {
        for (int digits = 1; digits <= 12; digits++) {
            String id = ServiceUserIdRule.parse("igc{{RND_" + digits + "}}@d").generate(CONTEXT);

            assertThat(id).matches("igc[0-9]{" + digits + "}@d");
        }
    }

    @Test
    void randomPlaceholderGivesDifferentDigitsEachTime() {
        ServiceUserIdRule rule = ServiceUserIdRule.parse("{{RND_12}}");
        Set<String> ids = new HashSet<>();
        IntStream.range(0, 1000).forEach(i -> ids.add(rule.generate(CONTEXT)));

        assertThat(ids).hasSize(1000);
    }

    @Test
    void randomDigitsCoverEveryDecimalDigitIncludingLeadingZeros() {
        ServiceUserIdRule rule = ServiceUserIdRule.parse("{{RND_1}}");
        Set<String> digits = new HashSet<>();
        IntStream.range(0, 1000).forEach(i -> digits.add(rule.generate(CONTEXT)));

        assertThat(digits).containsExactlyInAnyOrder("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    }

    @Test
    void spacesInsideBracesAreTolerated() {
        assertThat(ServiceUserIdRule.parse("{{ group_id }}@{{domain }}").generate(CONTEXT))
                .isEqualTo("ApioGrpTest@sip.example.be");
    }

    @Test
    void ruleWithUnknownPlaceholderIsRejectedNamingIt() {
        assertThatThrownBy(() -> ServiceUserIdRule.parse("{{group_id}}_{{user_name}}@{{domain}}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("{{user_name}}");
    }

    @Test
    void randomDigitCountOutsideOneToTwelveIsRejectedNamingThePlaceholder() {
        for (String placeholder : new String[] {"RND_0", "RND_13", "RND_100", "RND_99999999999"}) {
            assertThatThrownBy(() -> ServiceUserIdRule.parse("x{{" + placeholder + "}}@d"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("{{" + placeholder + "}}")
                    .hasMessageContaining("between 1 and 12");
        }
    }

    @Test
    void unclosedBracesAreRejected() {
        assertThatThrownBy(() -> ServiceUserIdRule.parse("{{group_id@{{domain}}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown placeholder {{group_id@{{domain}}");
        assertThatThrownBy(() -> ServiceUserIdRule.parse("igc@{{domain"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unclosed");
    }

    @Test
    void emptyRuleIsRejected() {
        assertThatThrownBy(() -> ServiceUserIdRule.parse(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void phonePlaceholderWithoutPhoneNumberFailsNamingTheRule() {
        ServiceUserIdRule rule = ServiceUserIdRule.parse("igc{{national_no_0}}@{{domain}}");
        IdContext withoutPhone = new IdContext("t", "g", "d", "n", null);

        assertThatThrownBy(() -> rule.generate(withoutPhone))
                .isInstanceOf(MissingRuleValueException.class)
                .hasMessageContaining("igc{{national_no_0}}@{{domain}}")
                .extracting(e -> ((MissingRuleValueException) e).rule())
                .isEqualTo("igc{{national_no_0}}@{{domain}}");
    }

    @Test
    void missingDomainIsAnErrorRatherThanTheTextNull() {
        IdContext withoutDomain = new IdContext("t", "g", null, "n", null);

        assertThatThrownBy(() -> ServiceUserIdRule.parse("x@{{domain}}").generate(withoutDomain))
                .isInstanceOf(MissingRuleValueException.class)
                .hasMessageContaining("{{domain}}");
    }

    @Test
    void namePlaceholderWithoutNameNamesTheFieldThatLacksIt() {
        IdContext withoutName = new IdContext("t", "g", "d", null, null);

        assertThatThrownBy(() -> ServiceUserIdRule.parse("{{name}}@d").generate(withoutName))
                .isInstanceOf(MissingRuleValueException.class)
                .hasMessageContaining("{{name}}")
                .extracting(e -> ((MissingRuleValueException) e).field())
                .isEqualTo("serviceInstanceProfile.name");
    }

    @Test
    void ruleTellsWhatItUses() {
        ServiceUserIdRule byPhone = ServiceUserIdRule.parse("{{country_code}}{{national_no_0}}@sip.example.be");
        ServiceUserIdRule byDefault = ServiceUserIdRule.parse(IgcSettings.DEFAULT_RULE);

        assertThat(byPhone.usesPhoneNumber()).isTrue();
        assertThat(byPhone.usesRandom()).isFalse();
        assertThat(byPhone.usesDomain()).isFalse();
        assertThat(byDefault.usesPhoneNumber()).isFalse();
        assertThat(byDefault.usesRandom()).isTrue();
        assertThat(byDefault.usesDomain()).isTrue();
        assertThat(byDefault.text()).isEqualTo(IgcSettings.DEFAULT_RULE);
    }

    @Test
    void ruleWithoutPlaceholdersGivesItsTextAndIsNotARule() {
        assertThat(ServiceUserIdRule.parse("fixed@sip.example.be").generate(CONTEXT))
                .isEqualTo("fixed@sip.example.be");
        assertThat(ServiceUserIdRule.isRule("fixed@sip.example.be")).isFalse();
        assertThat(ServiceUserIdRule.isRule("{{group_id}}@sip.example.be")).isTrue();
        assertThat(ServiceUserIdRule.isRule(null)).isFalse();
    }
}
