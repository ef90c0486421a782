package dev.picloud.deploy.helm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.KubernetesResource;

/**
 * Reads a manifest into fabric8's typed Kubernetes model, strictly: the model normally keeps unknown fields aside
 * (an "any setter"); here that is switched off, so a misspelt or misplaced field fails with its path, as does a value
 * of the wrong type, and an apiVersion/kind pair the API does not have comes back as a generic resource.
 */
final class KubernetesModel {
  private static final ObjectMapper STRICT = new ObjectMapper();

  static {
    STRICT.setAnnotationIntrospector(
        new JacksonAnnotationIntrospector() {
          private static final long serialVersionUID = 1L;

          @Override
          public Boolean hasAnySetter(Annotated annotated) {
            return Boolean.FALSE;
          }
        });
  }

  private KubernetesModel() {}

  /**
   * The typed resource.
   *
   * @throws IllegalArgumentException naming the field path, for an unknown field or a value of the wrong type
   * @throws AssertionError for an apiVersion/kind the Kubernetes API does not define
   */
  static KubernetesResource read(Node manifest) {
    KubernetesResource resource = STRICT.convertValue(manifest.value(), KubernetesResource.class);
    if (resource instanceof GenericKubernetesResource) {
      throw new AssertionError(
          "no Kubernetes type " + manifest.get("apiVersion") + " " + manifest.get("kind") + " (" + Manifests.name(manifest) + ")");
    }
    return resource;
  }
}
