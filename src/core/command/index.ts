export { defineCommand, runCommand, type Command } from './command.js';
