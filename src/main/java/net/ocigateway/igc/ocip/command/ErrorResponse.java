package net.ocigateway.igc.ocip.command;

/**
 * A BroadWorks {@code ErrorResponse}. {@code code} comes from {@code errorCode} when present, else from the
 * {@code [Error NNNN]} prefix of the summary; {@code null} when neither gives one.
 */
public record ErrorResponse(Integer code, String summary, String summaryEnglish, String detail) implements OciResponse {}
