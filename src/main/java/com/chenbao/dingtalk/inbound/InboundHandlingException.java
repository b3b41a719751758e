package com.chenbao.dingtalk.inbound;

/**
 * The message is stored but its handler (or the polite reply) failed; it is marked failed and the
 * next delivery of the same msgId runs it again. Already logged by the pipeline.
 */
class InboundHandlingException extends RuntimeException {

  InboundHandlingException(String msgId, Throwable cause) {
    super("Inbound message " + msgId + " failed in handling", cause);
  }
}
