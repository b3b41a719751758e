package com.chenbao.schoolday;

import static org.assertj.core.api.Assertions.assertThat;

import com.chenbao.calendar.RoundStep;
import com.chenbao.roster.RosterImporter;
import com.chenbao.roster.SchoolDirectory;
import com.chenbao.rounds.Rounds;
import com.chenbao.rounds.StudentLeaves;
import com.chenbao.sandbox.SandboxChats;
import com.chenbao.sandbox.SandboxFaults;
import com.chenbao.testkit.RoundSchools;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * DingTalk answering 5xx for a while delays the morning prompt but loses none, and sends none
 * twice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DingTalkOutageIntegrationTests {

  @Autowired RoundSteps steps;
  @Autowired SandboxChats chats;
  @Autowired SandboxFaults faults;
  @Autowired SchoolDirectory directory;
  @Autowired RosterImporter importer;
  @Autowired StudentLeaves leaves;
  @Autowired JdbcTemplate jdbc;
  @Autowired Rounds rounds;

  @Test
  void aPushThroughAnOutageReachesEveryoneOnce() {
    RoundSchools s = RoundSchools.create(directory, importer, leaves, "outage");
    int failedBefore = faults.failedCalls();
    faults.failNext("batchSend", 3, 503);

    StepReport report = steps.run(s.code(), RoundSchools.FORM, RoundSchools.DATE, RoundStep.PUSH);

    assertThat(faults.failedCalls() - failedBefore).isEqualTo(3);
    // 张伟 (two children, one message), 李娜, and the two class teachers as staff; 王强 has no DingTalk
    // id.
    List<String> reached =
        List.of(s.user("zhangwei"), s.user("lina"), s.teacher("wang"), s.teacher("zhao"));
    for (String user : reached) {
      assertThat(chats.sentToUser(user)).as(user).hasSize(1);
    }
    assertThat(report.sent()).isEqualTo(reached.size());
    assertThat(report.undeliverable()).isEqualTo(1);
    assertThat(
            jdbc.queryForList(
                "SELECT status FROM deliveries WHERE round_id = ? ORDER BY id",
                String.class,
                s.roundId(rounds)))
        .containsOnly("sent", "undeliverable");
  }
}
