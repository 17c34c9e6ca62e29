/** Console pages that gather several features, such as the dashboard. */
package fr.guichet.console.view;
