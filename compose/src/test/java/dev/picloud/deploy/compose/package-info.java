/**
 * Tests of the Docker Compose files and the image (compose/): Compose wiring, the Dockerfile's instructions, and the
 * entrypoint script run with bash, all without a Docker engine.
 */
package dev.picloud.deploy.compose;
