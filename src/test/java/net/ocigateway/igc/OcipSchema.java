package net.ocigateway.igc;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.SAXException;

/**
 * The public BroadWorks R25 OCI-P schema, found through the {@code ocip.schema.dir} system property (the build
 * points it at {@code ../shared/ocip-schema}). It takes seconds to load, so it loads once per test JVM. Where it
 * is absent, only the schema assertions are skipped: the test around them runs and counts, and
 * {@link SkippedSchemaAssertions} reports how many were skipped at the end of the run.
 */
public final class OcipSchema {

    private static final Logger LOG = LoggerFactory.getLogger(OcipSchema.class);
    private static final String ENTRY_POINT = "OCISchemaAS.xsd";
    private static final AtomicInteger SKIPPED = new AtomicInteger();
    private static Schema schema;
    private static boolean looked;

    private OcipSchema() {}

    /** Fails the test when {@code ociDocument} (a whole {@code BroadsoftDocument}) breaks the schema. */
    public static void assertValid(String ociDocument) {
        Schema loaded = schema();
        if (loaded == null) {
            SKIPPED.incrementAndGet();
            return;
        }
        try {
            loaded.newValidator().validate(new StreamSource(new StringReader(ociDocument)));
        } catch (SAXException e) {
            fail("OCI-P document breaks the R25 schema: " + e.getMessage() + "\n" + ociDocument);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** For a test about the schema itself, which says nothing without it. */
    public static void assumeAvailable() {
        assumeTrue(schema() != null, absence());
    }

    /** Schema assertions skipped so far in this JVM. */
    static int skippedAssertions() {
        return SKIPPED.get();
    }

    static String absence() {
        return "OCI-P schema assertions skipped: " + entry().toAbsolutePath()
                + " not found (set -Docip.schema.dir to the folder holding the R25 OCI-P XSDs)";
    }

    private static Path entry() {
        String dir = System.getProperty("ocip.schema.dir", "");
        return Path.of(dir.isEmpty() ? "." : dir, ENTRY_POINT);
    }

    private static synchronized Schema schema() {
        if (!looked) {
            looked = true;
            Path entry = entry();
            if (!Files.isRegularFile(entry)) {
                LOG.warn("{}; the tests still run and check the behaviour", absence());
                return null;
            }
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
