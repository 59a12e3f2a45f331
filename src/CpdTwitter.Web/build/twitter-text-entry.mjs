// The part of twitter-text the composer uses, exposed as the global `twttr` by esbuild (see frontend.mjs).
import twitterText from 'twitter-text';

export const parseTweet = twitterText.parseTweet;
export const configs = twitterText.configs;
export const extractEntitiesWithIndices = twitterText.extractEntitiesWithIndices;
