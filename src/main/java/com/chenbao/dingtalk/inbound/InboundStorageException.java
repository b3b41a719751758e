package com.chenbao.dingtalk.inbound;

/**
 * The message could not be stored (or its state read): nothing was acknowledged, DingTalk should
 * retry.
 */
class InboundStorageException extends RuntimeException {

  InboundStorageException(String msgId, Throwable cause) {
    super("Inbound message " + msgId + " could not be stored", cause);
  }
}
