package com.chenbao.rounds;

/** No student of the school has the given student number. */
public class UnknownStudent extends IllegalArgumentException {

  private final String studentNo;

  public UnknownStudent(String studentNo) {
    super("Unknown student number " + studentNo);
    this.studentNo = studentNo;
  }

  public String studentNo() {
    return studentNo;
  }
}
