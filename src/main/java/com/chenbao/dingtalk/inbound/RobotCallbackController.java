package com.chenbao.dingtalk.inbound;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * DingTalk's HTTP-mode robot callback. The signature is checked before the body is even read; a
 * delivery is answered 200 as soon as the message is stored as pending work (or known from before):
 * handling follows on the {@link InboundWorker}. So the answer depends only on one insert through a
 * small pool with short timeouts: 200 within a second normally, a fast 503 ("deliver again") when
 * the database cannot store it, and 400/413 for input that no redelivery could make acceptable.
 *
 * <p>Stays mapped in Stream mode too: DingTalk only calls it when the console is set to HTTP, and
 * unsigned requests are refused either way.
 */
@RestController
class RobotCallbackController {

  private final CallbackSignature signature;
  private final InboundPipeline pipeline;
  private final InboundProperties properties;

  RobotCallbackController(
      CallbackSignature signature, InboundPipeline pipeline, InboundProperties properties) {
    this.signature = signature;
    this.pipeline = pipeline;
    this.properties = properties;
  }

  @PostMapping("/dingtalk/robot/callback")
  ResponseEntity<?> receive(
      @RequestHeader(name = "timestamp", required = false) @Nullable String timestamp,
      @RequestHeader(name = "sign", required = false) @Nullable String sign,
      HttpServletRequest request)
      throws IOException {
    CallbackSignature.Signer signer = signature.signer(timestamp, sign);
    if (signer == null) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
    }
    byte[] body = readAtMost(request, properties.maxBodyBytes());
    if (body == null) {
      return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
          .body(
              ProblemDetail.forStatusAndDetail(
                  HttpStatus.PAYLOAD_TOO_LARGE,
                  "The message is larger than " + properties.maxBodyBytes() + " bytes"));
    }
    String text = new String(body, StandardCharsets.UTF_8);
    if (!signature.signedByItsApp(signer, text)) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
    }
    pipeline.accept(text, InboundChannel.HTTP);
    return ResponseEntity.ok(Map.of());
  }

  /** The body, or null if it is longer than {@code max} bytes (not read further). */
  private static byte @Nullable [] readAtMost(HttpServletRequest request, int max)
      throws IOException {
    if (request.getContentLengthLong() > max) {
      return null;
    }
    try (InputStream in = request.getInputStream()) {
      byte[] body = in.readNBytes(max + 1);
      return body.length > max ? null : body;
    }
  }

  @ExceptionHandler
  ProblemDetail malformed(MalformedInboundMessageException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler
  ProblemDetail notStored(InboundStorageException e) {
    return ProblemDetail.forStatusAndDetail(
        HttpStatus.SERVICE_UNAVAILABLE, "Not stored; please deliver again");
  }
}
