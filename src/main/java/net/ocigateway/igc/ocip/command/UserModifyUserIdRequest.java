package net.ocigateway.igc.ocip.command;

public record UserModifyUserIdRequest(String userId, String newUserId) implements OciRequest {}
