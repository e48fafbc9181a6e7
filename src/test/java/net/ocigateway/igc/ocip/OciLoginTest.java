package net.ocigateway.igc.ocip;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OciLoginTest {

    @Test
    void signsThePasswordAsBroadWorksExpects() {
        assertThat(OciLogin.signedPassword("1234567890123", "password")).isEqualTo("77e4a6de3a1e00be05e121cf0ebee860");
    }
}
