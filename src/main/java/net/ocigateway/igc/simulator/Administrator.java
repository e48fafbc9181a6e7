package net.ocigateway.igc.simulator;

/** An OCI-P login the simulator accepts; {@code loginType} is a LoginType value such as {@code System}. */
record Administrator(String userId, String password, String loginType, String userDomain) {}
