package net.ocigateway.igc;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * The public BroadWorks R25 OCI-P schema, found through the {@code ocip.schema.dir} system property (the build
 * points it at {@code ../shared/ocip-schema}). It takes seconds to load, so it loads once per test JVM. Tests
 * that need it are skipped, with the reason, where it is absent.
 */
public final class OcipSchema {

    private static final String ENTRY_POINT = "OCISchemaAS.xsd";
    private static Schema schema;

    private OcipSchema() {}

    /** Fails the test when {@code ociDocument} (a whole {@code BroadsoftDocument}) breaks the schema. */
    public static void assertValid(String ociDocument) {
        try {
            schema().newValidator().validate(new StreamSource(new StringReader(ociDocument)));
        } catch (SAXException e) {
            fail("OCI-P document breaks the R25 schema: " + e.getMessage() + "\n" + ociDocument);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized Schema schema() {
        if (schema == null) {
            String dir = System.getProperty("ocip.schema.dir", "");
            Path entry = Path.of(dir.isEmpty() ? "." : dir, ENTRY_POINT);
            assumeTrue(
                    Files.isRegularFile(entry),
                    "OCI-P schema check skipped: " + entry.toAbsolutePath()
                            + " not found (set -Docip.schema.dir to the folder holding the R25 OCI-P XSDs)");
            try {
                SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                schema = factory.newSchema(new StreamSource(entry.toFile()));
            } catch (SAXException e) {
                throw new IllegalStateException("OCI-P schema at " + entry + " does not load", e);
            }
        }
        return schema;
    }
}
