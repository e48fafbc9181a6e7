package net.ocigateway.igc;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/** Says at the end of the run how many OCI-P schema assertions were skipped because the schema was absent. */
public class SkippedSchemaAssertions implements TestExecutionListener {

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        int skipped = OcipSchema.skippedAssertions();
        if (skipped > 0) {
            System.out.println("[WARNING] " + OcipSchema.absence() + ": " + skipped
                    + " schema assertions skipped in this test JVM; the tests around them ran");
        }
    }
}
