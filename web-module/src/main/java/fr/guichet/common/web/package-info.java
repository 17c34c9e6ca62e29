/** The server's own pages outside the API and the portal: its home and its "not found" page. */
package fr.guichet.common.web;
