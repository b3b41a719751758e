/**
 * The demo school Hangzhou Zhengyuan Primary School (code zhengyuan): when the demo is enabled and
 * the school has no students yet, a generated roster is imported through the normal roster import.
 */
@org.jspecify.annotations.NullMarked
package com.chenbao.demo;
