package dev.picloud.executor.invoke;

import com.google.protobuf.ByteString;
import dev.picloud.common.json.Json;
import dev.picloud.proto.v1.ExecResponse;
import dev.picloud.proto.v1.Header;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a script's value into an HTTP response.
 *
 * <ul>
 *   <li>A map with a {@code statusCode} key is a response: {@code statusCode} (integer 100–599), optional {@code
 *       headers} (map; values are turned into text), optional {@code body}.
 *   <li>Any other value is the body of a 200 response.
 *   <li>Body: a map or array is written as JSON ({@code application/json}); a string as text ({@code text/plain;
 *       charset=utf-8}); a blob as bytes ({@code application/octet-stream}); a number or bool as JSON; {@code ()} as
 *       no body (and, returned bare, a 204 No Content). A {@code content-type} header set by the script wins.
 * </ul>
 */
public final class ResponseMapper {
  private ResponseMapper() {}

  /** The script returned something that is not a valid response. */
  public static final class BadResponseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadResponseException(String message) {
      super(message, null, false, false);
    }
  }

  /** Fills status, headers, body and content type of {@code out} from {@code value}. */
  public static void apply(Object value, ExecResponse.Builder out) {
    if (value instanceof Map<?, ?> map && map.containsKey("statusCode")) {
      response(map, out);
      return;
    }
    if (value == null) {
      out.setStatusCode(204);
      return;
    }
    out.setStatusCode(200);
    body(value, out, null);
  }

  private static void response(Map<?, ?> map, ExecResponse.Builder out) {
    Object status = map.get("statusCode");
    if (!(status instanceof Long code) || code < 100 || code > 599) {
      throw new BadResponseException(
          "statusCode must be an integer between 100 and 599, got " + describe(status));
    }
    out.setStatusCode(code.intValue());
    String contentType = null;
    Object headers = map.get("headers");
    if (headers != null) {
      if (!(headers instanceof Map<?, ?> headerMap)) {
        throw new BadResponseException("headers must be a map of name to value, got " + describe(headers));
      }
      for (Map.Entry<?, ?> h : headerMap.entrySet()) {
        String name = String.valueOf(h.getKey()).toLowerCase(Locale.ROOT);
        if (name.isEmpty() || !name.chars().allMatch(ResponseMapper::isTokenChar)) {
          throw new BadResponseException("'" + h.getKey() + "' is not a valid header name");
        }
        String text = h.getValue() == null ? "" : headerValue(h.getValue());
        if (text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0) {
          throw new BadResponseException("header '" + name + "' contains a line break");
        }
        if (name.equals("content-type")) {
          contentType = text;
        } else {
          out.addHeaders(Header.newBuilder().setName(name).setValue(text));
        }
      }
    }
    body(map.get("body"), out, contentType);
  }

  private static void body(Object body, ExecResponse.Builder out, String contentType) {
    if (body == null) {
      if (contentType != null) {
        out.setContentType(contentType);
      }
      return;
    }
    byte[] bytes;
    String type;
    if (body instanceof String s) {
      bytes = s.getBytes(StandardCharsets.UTF_8);
      type = "text/plain; charset=utf-8";
    } else if (body instanceof byte[] b) {
      bytes = b;
      type = "application/octet-stream";
    } else {
      bytes = Json.write(body).getBytes(StandardCharsets.UTF_8);
      type = "application/json";
    }
    out.setBody(ByteString.copyFrom(bytes));
    out.setContentType(contentType != null ? contentType : type);
  }

  private static String headerValue(Object value) {
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof Map<?, ?> || value instanceof List<?>) {
      return Json.write(value);
    }
    return String.valueOf(value);
  }

  private static boolean isTokenChar(int c) {
    return c > 32 && c < 127 && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0;
  }

  private static String describe(Object value) {
    if (value == null) {
      return "()";
    }
    if (value instanceof String s) {
      return "the string \"" + s + "\"";
    }
    return value.toString();
  }
}
