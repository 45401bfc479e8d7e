/**
 * The demo government (Kabupaten Lampung Selatan) and its users, created once when {@code kinerja.demo.enabled}.
 */
package id.kinerja.demo;
