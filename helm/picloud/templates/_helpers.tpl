{{/*
Names. Every resource is "<fullname>-<component>"; fullname is "<release>-<chart>" unless the release name already
contains the chart name. Kubernetes names are limited to 63 characters.
*/}}
{{- define "picloud.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "picloud.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 50 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 50 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 50 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/* "<fullname>-<component>": call with (dict "root" $ "component" "manager"). */}}
{{- define "picloud.componentName" -}}
{{- printf "%s-%s" (include "picloud.fullname" .root) .component }}
{{- end }}

{{- define "picloud.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Labels of every resource of a component: (dict "root" $ "component" "manager"). */}}
{{- define "picloud.labels" -}}
helm.sh/chart: {{ include "picloud.chart" .root }}
{{ include "picloud.selectorLabels" . }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
app.kubernetes.io/part-of: picloud
{{- end }}

{{/* Labels that select one component's pods, and only them. */}}
{{- define "picloud.selectorLabels" -}}
app.kubernetes.io/name: {{ include "picloud.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{- define "picloud.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "picloud.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "picloud.image" -}}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}

{{/* The Secret holding the admin token and the database URL: the existing one, or the chart's. */}}
{{- define "picloud.secretName" -}}
{{- default (include "picloud.componentName" (dict "root" . "component" "secrets")) .Values.secrets.existingSecret }}
{{- end }}

{{/*
Addresses handed to PiCloud, fully qualified so that no search-domain lookups are needed. The executors' Service is
headless: with "dns:///" the executor pool resolves the name to every ready executor's address.
*/}}
{{- define "picloud.serviceHost" -}}
{{- printf "%s.%s.svc.%s" (include "picloud.componentName" .) .root.Release.Namespace .root.Values.clusterDomain }}
{{- end }}

{{- define "picloud.managerAddress" -}}
{{- printf "%s:%d" (include "picloud.serviceHost" (dict "root" . "component" "manager")) (int .Values.ports.managerGrpc) }}
{{- end }}

{{- define "picloud.executorsTarget" -}}
{{- printf "dns:///%s:%d" (include "picloud.serviceHost" (dict "root" . "component" "executor")) (int .Values.ports.executorGrpc) }}
{{- end }}

{{/*
An environment variable's value as a string. Helm reads every number in values as a float, which would print
100000000 as "1e+08": integral numbers are printed as integers.
*/}}
{{- define "picloud.envValue" -}}
{{- if and (kindIs "float64" .) (eq (float64 (int64 .)) .) }}
{{- int64 . | toString }}
{{- else }}
{{- toString . }}
{{- end }}
{{- end }}

{{/*
A component's settings: the maps given, merged left to right (a later map wins), as ConfigMap data. Every key must
be a PICLOUD_* setting the chart does not set itself; values.schema.json says so too, this check also covers maps
merged from several places.
*/}}
{{- define "picloud.configData" -}}
{{- $owned := list "PICLOUD_BIND" "PICLOUD_MANAGER_GRPC_BIND" "PICLOUD_EXECUTOR_GRPC_BIND" "PICLOUD_MANAGER_ADDRESS" "PICLOUD_EXECUTORS" "PICLOUD_DATA_DIR" "PICLOUD_ADMIN_TOKEN" "PICLOUD_ROLE" "PICLOUD_JAVA_OPTS" "DATABASE_URL" }}
{{- $merged := dict }}
{{- range .maps }}
{{- $merged = merge (deepCopy (default dict .)) $merged }}
{{- end }}
{{- range $key := keys $merged | sortAlpha }}
{{- if has $key $owned }}
{{- fail (printf "%s is set by the chart (ports, database, secrets, javaOpts values); remove it from the config maps" $key) }}
{{- end }}
{{- if not (regexMatch "^PICLOUD_[A-Z0-9_]+$" $key) }}
{{- fail (printf "%s is not a PiCloud setting (docs/configuration.md lists them: PICLOUD_*)" $key) }}
{{- end }}
{{ $key }}: {{ include "picloud.envValue" (get $merged $key) | quote }}
{{- end }}
{{- end }}

{{/* Settings of every process: its role, its HTTP listener and the JVM options. */}}
{{- define "picloud.commonEnv" -}}
- name: PICLOUD_BIND
  value: {{ printf "0.0.0.0:%d" (int .Values.ports.http) | quote }}
{{- with .Values.javaOpts }}
- name: PICLOUD_JAVA_OPTS
  value: {{ . | quote }}
{{- end }}
{{- end }}

{{/* Pod-level settings shared by every component: (dict "root" $ "component" "manager" "values" .Values.manager). */}}
{{- define "picloud.podSpecCommon" -}}
serviceAccountName: {{ include "picloud.serviceAccountName" .root }}
automountServiceAccountToken: false
{{- /* Service links would add PICLOUD_MANAGER_PORT and the like to the environment, which PiCloud would read. */}}
enableServiceLinks: false
terminationGracePeriodSeconds: {{ .root.Values.terminationGracePeriodSeconds }}
{{- with .root.Values.imagePullSecrets }}
imagePullSecrets:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .values.priorityClassName }}
priorityClassName: {{ . }}
{{- end }}
securityContext:
  {{- toYaml .root.Values.podSecurityContext | nindent 2 }}
{{- with .values.nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .values.tolerations }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .values.affinity }}
affinity:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end }}

{{/* Container-level settings shared by every component. */}}
{{- define "picloud.containerCommon" -}}
image: {{ include "picloud.image" .root }}
imagePullPolicy: {{ .root.Values.image.pullPolicy }}
args: [{{ .component | quote }}]
securityContext:
  {{- toYaml .root.Values.securityContext | nindent 2 }}
envFrom:
  - configMapRef:
      name: {{ include "picloud.componentName" . }}
startupProbe:
  httpGet:
    path: /healthz
    port: http
  {{- toYaml .root.Values.probes.startup | nindent 2 }}
livenessProbe:
  httpGet:
    path: /healthz
    port: http
  {{- toYaml .root.Values.probes.liveness | nindent 2 }}
readinessProbe:
  httpGet:
    path: /healthz
    port: http
  {{- toYaml .root.Values.probes.readiness | nindent 2 }}
resources:
  {{- toYaml .values.resources | nindent 2 }}
{{- end }}

{{/* The emptyDir every pod mounts at /tmp (the root filesystem is read-only). */}}
{{- define "picloud.tmpVolume" -}}
- name: tmp
  emptyDir:
    sizeLimit: {{ .Values.tmpSizeLimit }}
{{- end }}

{{/*
A component's settings as ConfigMap data: `config` for every process, `sandbox` for the manager and the executors,
then the component's own `config` (a later map wins).
*/}}
{{- define "picloud.componentConfig" -}}
{{- $values := .root.Values }}
{{- $maps := list $values.config }}
{{- if ne .component "orchestrator" }}
{{- $maps = append $maps $values.sandbox }}
{{- end }}
{{- $maps = append $maps (index $values .component).config }}
{{- include "picloud.configData" (dict "maps" $maps) }}
{{- end }}

{{/*
Pod annotations: checksums that roll the pods when their settings or secrets change, then the ones given.
The secret checksum is over the values, not the rendered Secret, whose generated token differs at every render.
*/}}
{{- define "picloud.podAnnotations" -}}
checksum/config: {{ include "picloud.componentConfig" . | sha256sum }}
{{- if eq .component "manager" }}
checksum/secrets: {{ toJson (list .root.Values.database .root.Values.secrets) | sha256sum }}
{{- end }}
{{- with (index .root.Values .component).podAnnotations }}
{{ toYaml . }}
{{- end }}
{{- end }}
