package net.ocigateway.igc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Package boundaries that keep the two OCI-P sides independent and the contract free of plumbing. */
@AnalyzeClasses(packages = "net.ocigateway.igc", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule simulatorSharesNoCodeWithTheGateway = noClasses()
            .that().resideInAPackage("..simulator..")
            .should().dependOnClassesThat().resideInAnyPackage("..ocip..", "..provisioning..", "..api..", "..settings..");

    @ArchTest
    static final ArchRule gatewayNeverCallsTheSimulator = noClasses()
            .that().resideOutsideOfPackage("..simulator..")
            .should().dependOnClassesThat().resideInAPackage("..simulator..");

    @ArchTest
    static final ArchRule ociPLayerKnowsNothingOfTheRestApi = noClasses()
            .that().resideInAPackage("..ocip..")
            .should().dependOnClassesThat().resideInAnyPackage("..api..", "..provisioning..", "..settings..");

    @ArchTest
    static final ArchRule contractRecordsStayPlain = noClasses()
            .that().resideInAPackage("..api..")
            .should().dependOnClassesThat().resideInAnyPackage("..ocip..", "..provisioning..", "org.apache.camel..");
}
