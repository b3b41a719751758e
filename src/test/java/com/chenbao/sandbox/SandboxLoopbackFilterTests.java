package com.chenbao.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The stand-in's DingTalk API answers this machine only, whatever address the server listens on.
 */
class SandboxLoopbackFilterTests {

  @Test
  void requestsFromAnotherAddressAre403AndNeverReachTheStandIn() throws Exception {
    MockHttpServletRequest request =
        new MockHttpServletRequest("POST", "/v1.0/robot/oToMessages/batchSend");
    request.setRemoteAddr("192.168.1.20");
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();

    new SandboxLoopbackFilter().doFilter(request, response, chain);

    assertThat(response.getStatus()).isEqualTo(403);
    assertThat(chain.getRequest()).isNull();
  }

  @Test
  void requestsFromLoopbackPass() throws Exception {
    for (String address : new String[] {"127.0.0.1", "0:0:0:0:0:0:0:1"}) {
      MockHttpServletRequest request =
          new MockHttpServletRequest("POST", "/sandbox/oapi/robot/send");
      request.setRemoteAddr(address);
      MockFilterChain chain = new MockFilterChain();

      new SandboxLoopbackFilter().doFilter(request, new MockHttpServletResponse(), chain);

      assertThat(chain.getRequest()).as(address).isNotNull();
    }
  }
}
