/** What Phoenix's own tests share. */
package dev.phoenix.testing;
