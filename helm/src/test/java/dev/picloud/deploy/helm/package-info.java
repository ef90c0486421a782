/**
 * Tests of the Helm chart (helm/picloud): lint, render with helm-java, and check the rendered manifests' wiring and
 * their conformance to the Kubernetes API types, all offline.
 */
package dev.picloud.deploy.helm;
