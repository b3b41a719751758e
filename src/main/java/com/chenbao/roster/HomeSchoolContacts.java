package com.chenbao.roster;

import java.util.Set;

/**
 * The school's home-school contacts as DingTalk holds them: the port the roster's DingTalk sync
 * reads through, implemented by the dingtalk adapter. Every read is a series of counted OpenAPI
 * calls.
 */
public interface HomeSchoolContacts {

  /**
   * Walks the school's classes and reads their students and guardian-student relations. A
   * guardian's mobile number costs one call per guardian, so it is fetched only for guardians whose
   * userId is not in {@code knownGuardianUserIds} (the others are already matched).
   *
   * @param maxCalls at most this many requests are made; the one beyond fails the read
   * @throws HomeSchoolReadFailed if DingTalk refused or failed a call, or the budget ran out;
   *     nothing partial is returned
   */
  HomeSchoolDirectory read(String schoolCode, Set<String> knownGuardianUserIds, int maxCalls);
}
