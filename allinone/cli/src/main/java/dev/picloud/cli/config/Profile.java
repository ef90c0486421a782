package dev.picloud.cli.config;

/** Where one PiCloud is and the admin token for it. */
public record Profile(String url, String token) {}
