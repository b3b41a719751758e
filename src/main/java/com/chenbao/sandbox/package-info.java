/**
 * A local DingTalk stand-in for trying Chenbao without DingTalk credentials and for end-to-end
 * tests. It serves, over real HTTP on the service's own port, the DingTalk endpoints the adapter
 * uses (token, robot 1:1 batch send, group send, custom webhook robot, session webhooks, work
 * notifications, the home-school contacts reads) with DingTalk's validation, limits and error
 * answers, keeps every chat, and lets a person reply through a signed callback. It is never a
 * shortcut inside the code path: the adapter cannot tell it from DingTalk. Its directory of users
 * and group chats comes from the roster's and the school configuration's APIs; it owns no table.
 */
@org.jspecify.annotations.NullMarked
package com.chenbao.sandbox;
