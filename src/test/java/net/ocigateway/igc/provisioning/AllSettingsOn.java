package net.ocigateway.igc.provisioning;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import net.ocigateway.igc.GatewayTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The gateway with every APIO setting switched on, the ID rule built on the phone number
 * ({@code igc{{national_no_0}}@{{domain}}}), and the test templates. Classes using it share one started gateway.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GatewayTest
@TestPropertySource(properties = {
    "igc.settings.location=classpath:settings/all-on.json",
    "igc.templates.location=classpath:templates/instant_group_call/"
})
@interface AllSettingsOn {}
