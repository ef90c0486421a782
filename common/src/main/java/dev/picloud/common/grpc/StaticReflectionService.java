package dev.picloud.common.grpc;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.Descriptors.ServiceDescriptor;
import io.grpc.Status;
import io.grpc.reflection.v1alpha.ErrorResponse;
import io.grpc.reflection.v1alpha.FileDescriptorResponse;
import io.grpc.reflection.v1alpha.ListServiceResponse;
import io.grpc.reflection.v1alpha.ServerReflectionGrpc;
import io.grpc.reflection.v1alpha.ServerReflectionRequest;
import io.grpc.reflection.v1alpha.ServerReflectionResponse;
import io.grpc.reflection.v1alpha.ServiceResponse;
import io.grpc.stub.StreamObserver;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * gRPC server reflection (v1alpha, what grpcurl speaks) over a fixed set of proto files. grpc-java's own {@code
 * ProtoReflectionService} asks the running {@code io.grpc.Server} for its services, which Helidon's gRPC server does
 * not provide; the services a listener exposes are known when it is built, so they are listed here instead.
 */
public final class StaticReflectionService extends ServerReflectionGrpc.ServerReflectionImplBase {
  private final List<String> services;
  private final Map<String, FileDescriptor> filesByName = new LinkedHashMap<>();
  private final Map<String, FileDescriptor> filesBySymbol = new LinkedHashMap<>();

  /**
   * @param services the services to list, by full name ({@code picloud.v1.Invoke})
   */
  public StaticReflectionService(List<ServiceDescriptor> services) {
    this.services = services.stream().map(ServiceDescriptor::getFullName).toList();
    for (ServiceDescriptor s : services) {
      index(s.getFile());
    }
  }

  private void index(FileDescriptor file) {
    if (filesByName.putIfAbsent(file.getName(), file) != null) {
      return;
    }
    for (ServiceDescriptor s : file.getServices()) {
      filesBySymbol.put(s.getFullName(), file);
      s.getMethods().forEach(m -> filesBySymbol.put(m.getFullName(), file));
    }
    for (Descriptor d : file.getMessageTypes()) {
      indexMessage(d, file);
    }
    file.getEnumTypes().forEach(e -> filesBySymbol.put(e.getFullName(), file));
    file.getDependencies().forEach(this::index);
  }

  private void indexMessage(Descriptor d, FileDescriptor file) {
    filesBySymbol.put(d.getFullName(), file);
    d.getNestedTypes().forEach(n -> indexMessage(n, file));
    d.getEnumTypes().forEach(e -> filesBySymbol.put(e.getFullName(), file));
  }

  @Override
  public StreamObserver<ServerReflectionRequest> serverReflectionInfo(
      StreamObserver<ServerReflectionResponse> responses) {
    return new StreamObserver<>() {
      @Override
      public void onNext(ServerReflectionRequest request) {
        responses.onNext(answer(request));
      }

      @Override
      public void onError(Throwable t) {
        responses.onCompleted();
      }

      @Override
      public void onCompleted() {
        responses.onCompleted();
      }
    };
  }

  private ServerReflectionResponse answer(ServerReflectionRequest request) {
    ServerReflectionResponse.Builder out =
        ServerReflectionResponse.newBuilder().setValidHost(request.getHost()).setOriginalRequest(request);
    switch (request.getMessageRequestCase()) {
      case LIST_SERVICES -> {
        ListServiceResponse.Builder list = ListServiceResponse.newBuilder();
        services.forEach(s -> list.addService(ServiceResponse.newBuilder().setName(s)));
        return out.setListServicesResponse(list).build();
      }
      case FILE_BY_FILENAME -> {
        FileDescriptor f = filesByName.get(request.getFileByFilename());
        return f == null ? notFound(out, "file " + request.getFileByFilename()) : files(out, f);
      }
      case FILE_CONTAINING_SYMBOL -> {
        FileDescriptor f = filesBySymbol.get(request.getFileContainingSymbol());
        return f == null ? notFound(out, "symbol " + request.getFileContainingSymbol()) : files(out, f);
      }
      default -> {
        return notFound(out, "that request");
      }
    }
  }

  /** A file with everything it depends on, dependencies last (as grpc-java's reflection sends them). */
  private static ServerReflectionResponse files(ServerReflectionResponse.Builder out, FileDescriptor root) {
    FileDescriptorResponse.Builder files = FileDescriptorResponse.newBuilder();
    Set<String> seen = new LinkedHashSet<>();
    Deque<FileDescriptor> todo = new ArrayDeque<>(List.of(root));
    while (!todo.isEmpty()) {
      FileDescriptor f = todo.pop();
      if (seen.add(f.getName())) {
        files.addFileDescriptorProto(f.toProto().toByteString());
        todo.addAll(f.getDependencies());
      }
    }
    return out.setFileDescriptorResponse(files).build();
  }

  private static ServerReflectionResponse notFound(ServerReflectionResponse.Builder out, String what) {
    return out.setErrorResponse(
            ErrorResponse.newBuilder()
                .setErrorCode(Status.Code.NOT_FOUND.value())
                .setErrorMessage("no " + what + " is known here"))
        .build();
  }
}
