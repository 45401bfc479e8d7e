/**
 * The notification outbox (written in the transaction of the step that causes it) and its delivery by
 * e-mail after commit with retry. Owns: {@code notification}. Offers: {@link id.kinerja.notification.Notifier}, {@link id.kinerja.notification.Inbox} (the portal's list and unread count).
 */
package id.kinerja.notification;
