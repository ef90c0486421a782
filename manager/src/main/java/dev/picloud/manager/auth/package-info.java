/** Who may call the admin API. For now one admin token; users, sessions and scoped API keys replace it later. */
package dev.picloud.manager.auth;
