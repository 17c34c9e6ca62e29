/**
 * Build-time only, left out of the EJB jar: compiles the report templates ({@code src/main/jasperreports}) into the
 * {@code .jasper} files the renderers load, so that no server needs a Java compiler.
 */
package fr.guichet.billing.document.template;
