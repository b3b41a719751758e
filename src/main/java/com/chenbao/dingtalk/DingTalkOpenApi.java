package com.chenbao.dingtalk;

import com.aliyun.dingtalkoauth2_1_0.models.GetAccessTokenRequest;
import com.aliyun.dingtalkoauth2_1_0.models.GetAccessTokenResponseBody;
import com.aliyun.dingtalkrobot_1_0.models.BatchSendOTOHeaders;
import com.aliyun.dingtalkrobot_1_0.models.BatchSendOTORequest;
import com.aliyun.dingtalkrobot_1_0.models.BatchSendOTOResponseBody;
import com.aliyun.dingtalkrobot_1_0.models.OrgGroupSendHeaders;
import com.aliyun.dingtalkrobot_1_0.models.OrgGroupSendRequest;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teautil.models.RuntimeOptions;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * The new-API (api.dingtalk.com) calls we make, one attempt each, through the official SDK. No
 * retries, tokens or rate limits here ({@link OpenApiCaller} does that); every SDK failure leaves
 * as a {@link DingTalkApiException}.
 */
class DingTalkOpenApi {

  private final com.aliyun.dingtalkoauth2_1_0.Client oauth2;
  private final com.aliyun.dingtalkrobot_1_0.Client robot;
  private final RuntimeOptions runtime;

  DingTalkOpenApi(DingTalkProperties properties) {
    Config config = sdkConfig(properties);
    try {
      this.oauth2 = new com.aliyun.dingtalkoauth2_1_0.Client(config);
      this.robot = new com.aliyun.dingtalkrobot_1_0.Client(config);
    } catch (Exception e) {
      throw new IllegalStateException("cannot create the DingTalk SDK clients", e);
    }
    this.runtime = new RuntimeOptions();
    runtime.autoretry = false; // retries are ours: the SDK would also resend after a read timeout
    runtime.readTimeout = millis(properties.readTimeout());
    runtime.connectTimeout = millis(properties.connectTimeout());
  }

  /**
   * The SDK builds {@code protocol://endpoint + path} (doc section 8): protocol is the base URL's
   * scheme (https in production; left unset the SDK would use plain http), endpoint its
   * host[:port].
   */
  static Config sdkConfig(DingTalkProperties properties) {
    URI base = properties.apiBaseUrl();
    String path = base.getRawPath();
    if (path != null && !path.isEmpty() && !path.equals("/")) {
      // The SDK endpoint is host[:port] only, and its request interceptors are static (JVM-wide),
      // so a path
      // prefix cannot be added per client safely. Serve a fake/sandbox API at the root of its own
      // host:port.
      throw new IllegalArgumentException(
          "chenbao.dingtalk.api-base-url must not have a path (the SDK takes host[:port] only): "
              + base);
    }
    Config config = new Config();
    config.protocol = base.getScheme();
    config.endpoint = base.getPort() < 0 ? base.getHost() : base.getHost() + ":" + base.getPort();
    config.regionId = "central";
    config.readTimeout = millis(properties.readTimeout());
    config.connectTimeout = millis(properties.connectTimeout());
    return config;
  }

  AccessTokenCache.FetchedToken fetchToken(AppCredentials credentials) {
    GetAccessTokenRequest request =
        new GetAccessTokenRequest()
            .setAppKey(credentials.appKey())
            .setAppSecret(credentials.requireSecret());
    try {
      GetAccessTokenResponseBody body =
          oauth2.getAccessTokenWithOptions(request, java.util.Map.of(), runtime).getBody();
      return new AccessTokenCache.FetchedToken(
          body.getAccessToken(), Duration.ofSeconds(body.getExpireIn()));
    } catch (Exception e) {
      throw SdkErrors.translate(e);
    }
  }

  BatchSendOTOResponseBody batchSend(
      String accessToken, String robotCode, List<String> userIds, RobotTemplate template) {
    BatchSendOTORequest request =
        new BatchSendOTORequest()
            .setRobotCode(robotCode)
            .setUserIds(userIds)
            .setMsgKey(template.msgKey())
            .setMsgParam(template.msgParam());
    BatchSendOTOHeaders headers = new BatchSendOTOHeaders();
    headers.xAcsDingtalkAccessToken = accessToken;
    try {
      return robot.batchSendOTOWithOptions(request, headers, runtime).getBody();
    } catch (Exception e) {
      throw SdkErrors.translate(e);
    }
  }

  /** Returns the processQueryKey of the group message. */
  String groupSend(
      String accessToken, String robotCode, String openConversationId, RobotTemplate template) {
    OrgGroupSendRequest request =
        new OrgGroupSendRequest()
            .setRobotCode(robotCode)
            .setOpenConversationId(openConversationId)
            .setMsgKey(template.msgKey())
            .setMsgParam(template.msgParam());
    OrgGroupSendHeaders headers = new OrgGroupSendHeaders();
    headers.xAcsDingtalkAccessToken = accessToken;
    try {
      return robot
          .orgGroupSendWithOptions(request, headers, runtime)
          .getBody()
          .getProcessQueryKey();
    } catch (Exception e) {
      throw SdkErrors.translate(e);
    }
  }

  private static int millis(Duration duration) {
    return Math.toIntExact(duration.toMillis());
  }
}
