package net.ocigateway.igc.ocip.command;

/**
 * An {@code ErrorResponse} of {@code type="Warning"}: the command succeeded, and BroadWorks has something to say
 * about it. It carries the same fields as {@link ErrorResponse}.
 */
public record WarningResponse(Integer code, String summary, String summaryEnglish, String detail) implements OciResponse {}
