package net.ocigateway.igc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OcipSchemaTest {

    private static final String ADD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <BroadsoftDocument protocol="OCI" xmlns="C" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
              <sessionId xmlns="">s1</sessionId>
              <command xmlns="" xsi:type="GroupInstantGroupCallModifyInstanceRequest">
                <serviceUserId>igc@example.com</serviceUserId>
                <answerTimeoutMinutes>%s</answerTimeoutMinutes>
              </command>
            </BroadsoftDocument>""";

    @Test
    void acceptsAValidDocumentAndRejectsAnOutOfRangeTimeout() {
        OcipSchema.assumeAvailable();
        OcipSchema.assertValid(ADD.formatted("60"));
        assertThatThrownBy(() -> OcipSchema.assertValid(ADD.formatted("61")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("61");
    }
}
