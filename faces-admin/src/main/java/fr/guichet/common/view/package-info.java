/** The operator console's shell: sign-in and sign-out, dashboard, layout state, error handling, display formats. */
package fr.guichet.common.view;
