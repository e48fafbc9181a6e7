package net.ocigateway.igc.ocip;

import java.util.List;
import net.ocigateway.igc.ocip.command.OciRequest;
import net.ocigateway.igc.ocip.command.OciResponse;

/** Sends OCI-P commands to BroadWorks over SOAP on a pooled, logged-in session. */
public class OciClient {

    public static final int MAX_COMMANDS_PER_DOCUMENT = 15;

    /**
     * Sends the commands in one OCI-P document (one round trip) and answers one response per command, in
     * order. An {@code ErrorResponse} is an answer, not an exception: OCI-P documents are not transactional.
     *
     * @throws BroadWorksException when no OCI-P answer could be had
     */
    public List<OciResponse> send(List<OciRequest> commands) {
        throw new UnsupportedOperationException("not built yet");
    }
}
