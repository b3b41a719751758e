package com.chenbao.shared;

/** Connection parameters every Chenbao JDBC URL needs, whichever server it points at. */
public final class MySqlUrls {

  /**
   * Instants are written and read as UTC regardless of the JVM's or the server's zone, and text is
   * utf8mb4 end to end.
   */
  public static final String DEFAULT_PARAMETERS =
      "connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
          + "&characterEncoding=UTF-8&useUnicode=true&allowPublicKeyRetrieval=true&useSSL=false";

  private MySqlUrls() {}
}
