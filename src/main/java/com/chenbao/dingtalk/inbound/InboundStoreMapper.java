package com.chenbao.dingtalk.inbound;

import org.apache.ibatis.annotations.Param;
import org.jspecify.annotations.Nullable;

/**
 * The callback's one write, bound to {@link InboundStore}'s own pool (hence no {@code @Mapper}: the
 * application's mapper scan must not bind it to the main pool).
 */
interface InboundStoreMapper {

  /**
   * Stores a newly accepted message as pending work ({@code received}, no attempt yet).
   *
   * @throws org.springframework.dao.DuplicateKeyException if the msg_id is already stored
   */
  void insertReceived(InboundMessageMapper.NewInboundMessage message);

  /** {@code received}, {@code processing}, {@code handled} or {@code failed}; null if unknown. */
  @Nullable String findStatus(@Param("msgId") String msgId);
}
