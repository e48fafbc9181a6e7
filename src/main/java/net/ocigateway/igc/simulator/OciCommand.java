package net.ocigateway.igc.simulator;

/** Runs one request command of a document and answers it. */
@FunctionalInterface
interface OciCommand {

    /**
     * @param command the {@code command} element, its {@code xsi:type} already matched
     * @param session the session that sent it (cookie and OCI-P sessionId)
     */
    OciAnswer run(XmlElement command, SessionKey session);
}
