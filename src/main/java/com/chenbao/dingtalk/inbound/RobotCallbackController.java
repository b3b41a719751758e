package com.chenbao.dingtalk.inbound;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * DingTalk's HTTP-mode robot callback. The signature is checked before the body is even parsed; a
 * delivery is answered 200 only once the message is stored and handled (or known from before), so a
 * database or handler failure answers 5xx and DingTalk may deliver it again.
 *
 * <p>Stays mapped in Stream mode too: DingTalk only calls it when the console is set to HTTP, and
 * unsigned requests are refused either way.
 */
@RestController
class RobotCallbackController {

  private final CallbackSignature signature;
  private final InboundPipeline pipeline;

  RobotCallbackController(CallbackSignature signature, InboundPipeline pipeline) {
    this.signature = signature;
    this.pipeline = pipeline;
  }

  @PostMapping("/dingtalk/robot/callback")
  ResponseEntity<Map<String, Object>> receive(@RequestHeader(name = "timestamp", required = false) @Nullable String timestamp,
      @RequestHeader(name = "sign", required = false) @Nullable String sign, @RequestBody(required = false) byte @Nullable [] body) {
    if (!signature.isValid(timestamp, sign)) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
    }
    pipeline.accept(body == null ? "" : new String(body, StandardCharsets.UTF_8), InboundChannel.HTTP);
    return ResponseEntity.ok(Map.of());
  }

  @ExceptionHandler
  ProblemDetail malformed(MalformedInboundMessageException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler
  ProblemDetail notStored(InboundStorageException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "Not stored; please deliver again");
  }

  @ExceptionHandler
  ProblemDetail handlingFailed(InboundHandlingException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "Stored but not handled; please deliver again");
  }
}
