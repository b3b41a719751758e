package com.chenbao.dingtalk;

import java.nio.charset.StandardCharsets;

/**
 * A robot message in DingTalk's template form: a msgKey and its parameters as a JSON string (not an
 * object).
 */
record RobotTemplate(String msgKey, String msgParam) {

  int msgParamBytes() {
    return msgParam.getBytes(StandardCharsets.UTF_8).length;
  }
}
