/**
 * Corrections to the Camunda webapps' scripts as they are served (Camunda 7 CE gets no more releases).
 */
package id.kinerja.webapp;
